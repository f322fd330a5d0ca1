// SPDX-License-Identifier: MIT
// The project's exception hierarchy: every fatal problem is one of these.
#pragma once

#include <stdexcept>
#include <string>

namespace cp {

// Base of every error the tool reports to the user; what() is the full message.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Bad input data: the message names file:line:col and the field path.
class input_error : public error {
 public:
  using error::error;
};

// A house style file that cannot be used.
class style_error : public error {
 public:
  using error::error;
};

// A template or partial that cannot be rendered or whose markup is wrong.
class template_error : public error {
 public:
  using error::error;
};

// A document tree that breaks the engine's invariants (a bug in the caller).
class document_error : public error {
 public:
  using error::error;
};

// Reading or writing a package (ZIP) failed.
class package_error : public error {
 public:
  using error::error;
};

// A file system operation failed.
class io_error : public error {
 public:
  using error::error;
};

}  // namespace cp
