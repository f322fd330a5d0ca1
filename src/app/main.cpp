// SPDX-License-Identifier: MIT
// papers: the command line. Maps errors to messages and exit statuses.
#include <iostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

#include "app/agenda_command.hpp"
#include "app/allocator.hpp"
#include "app/archive_command.hpp"
#include "app/commands.hpp"
#include "app/interrupt.hpp"
#include "app/watch_command.hpp"
#include "package/zip_package.hpp"
#include "util/error.hpp"
#include "xml/xml_reader.hpp"

int main(int argc, char** argv) {
  using namespace cp;
  using namespace cp::app;
  keep_freed_memory();
  stop_on_interrupt();
  xml::prepare_for_threads();
  package::prepare_for_threads();
  std::vector<std::string> args(argv + 1, argv + argc);
  options o;
  try {
    o = parse_options(args);
  } catch (const usage_error& e) {
    fmt::print(std::cerr, "papers: {}\n{}\n", e.what(),
               e.command().empty()
                   ? "(papers --help lists the commands)"
                   : fmt::format("(papers {} --help lists its options)", e.command()));
    return exit_bad_input;
  }
  try {
    if (o.command == "help") return run_help(o, std::cout, std::cerr);
    if (o.command == "version") {
      fmt::print("papers (Committee Papers) {}\n", CP_VERSION);
      fmt::print("allocator: {}\n", allocator_in_use());
      return exit_ok;
    }
    if (o.command == "build") return run_build(o, std::cout, std::cerr);
    if (o.command == "check") return run_check(o, std::cout, std::cerr);
    if (o.command == "sample") return run_sample(o, std::cout, std::cerr);
    if (o.command == "archive")
      return o.list ? run_archive_list(o, std::cout, std::cerr)
                    : run_archive(o, std::cout, std::cerr);
    if (o.command == "verify") return run_verify(o, std::cout, std::cerr);
    if (o.command == "agenda") return run_agenda(o, std::cout, std::cerr);
    if (o.command == "watch") return run_watch(o, std::cout, std::cerr);
    if (o.command == "expand") return run_expand(o, std::cout, std::cerr);
    if (o.meeting_schema) return run_meeting_schema(std::cout);
    return run_schema(o, std::cout, std::cerr);
  } catch (const input_error& e) {
    fmt::print(std::cerr, "{}\npapers: nothing written\n", e.what());
    return exit_bad_input;
  } catch (const style_error& e) {
    fmt::print(std::cerr, "{}\npapers: nothing written\n", e.what());
    return exit_bad_input;
  } catch (const template_error& e) {
    // A template set (shipped or --templates) is input like any other.
    fmt::print(std::cerr, "{}\npapers: nothing written\n", e.what());
    return exit_bad_input;
  } catch (const error& e) {
    fmt::print(std::cerr, "{}\npapers: build failed\n", e.what());
    return exit_build_failed;
  } catch (const interrupted&) {
    fmt::print(std::cerr, "\npapers: interrupted; nothing written\n");
    return exit_interrupted;
  } catch (const std::exception& e) {
    fmt::print(std::cerr, "papers: internal error: {}\n", e.what());
    return exit_build_failed;
  }
}
