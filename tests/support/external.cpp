// SPDX-License-Identifier: MIT
#include "support/external.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

#include "support/paths.hpp"

namespace cp::test {

run_result run(const std::vector<std::string>& argv) {
  int fds[2];
  if (::pipe(fds) != 0) return {};
  pid_t pid = ::fork();
  if (pid < 0) return {};
  if (pid == 0) {
    ::dup2(fds[1], 1);
    ::dup2(fds[1], 2);
    ::close(fds[0]);
    ::close(fds[1]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
  }
  ::close(fds[1]);
  run_result r;
  char buf[8192];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
    r.output.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::filesystem::path doccheck_path() {
  if (const char* env = std::getenv("DOCCHECK"); env && *env) return env;
  return source_dir().parent_path() / "shared" / "tools" / "doccheck";
}

run_result doccheck(const std::vector<std::filesystem::path>& files, bool render) {
  // Word's own rules too (Microsoft's Open XML SDK validator, Office 2019):
  // every DOCX the tests build must pass them. doccheck --install sets it up.
  std::vector<std::string> argv{doccheck_path().string(), "--sdk"};
  if (render) argv.push_back("--render");
  for (const auto& f : files) argv.push_back(f.string());
  return run(argv);
}

std::filesystem::path to_pdf(const std::filesystem::path& document,
                             const std::filesystem::path& out_dir) {
  auto profile = out_dir / ".lo-profile";
  auto r =
      run({"soffice", "-env:UserInstallation=file://" + std::filesystem::absolute(profile).string(),
           "--headless", "--convert-to", "pdf", "--outdir", out_dir.string(), document.string()});
  auto pdf = out_dir / (document.stem().string() + ".pdf");
  if (r.status != 0 || !std::filesystem::exists(pdf))
    throw std::runtime_error("LibreOffice could not convert " + document.string() + ": " +
                             r.output);
  return pdf;
}

std::vector<std::filesystem::path> to_text(const std::vector<std::filesystem::path>& documents,
                                           const std::filesystem::path& out_dir) {
  auto profile = out_dir / ".lo-profile";
  std::vector<std::string> argv{
      "soffice",
      "-env:UserInstallation=file://" + std::filesystem::absolute(profile).string(),
      "--headless",
      "--convert-to",
      "txt:Text (encoded):UTF8",
      "--outdir",
      out_dir.string()};
  for (const auto& d : documents) argv.push_back(d.string());
  auto r = run(argv);
  std::vector<std::filesystem::path> out;
  for (const auto& d : documents) {
    out.push_back(out_dir / (d.stem().string() + ".txt"));
    if (r.status != 0 || !std::filesystem::exists(out.back()))
      throw std::runtime_error("LibreOffice could not convert " + d.string() + ": " + r.output);
  }
  return out;
}

int pdf_pages(const std::filesystem::path& pdf) {
  auto r = run({"pdfinfo", pdf.string()});
  auto at = r.output.find("Pages:");
  if (at == std::string::npos) return -1;
  return std::atoi(r.output.c_str() + at + 6);
}

std::string pdf_text(const std::filesystem::path& pdf, int page) {
  std::vector<std::string> argv{"pdftotext", "-layout"};
  if (page > 0) {
    argv.insert(argv.end(), {"-f", std::to_string(page), "-l", std::to_string(page)});
  }
  argv.insert(argv.end(), {pdf.string(), "-"});
  return run(argv).output;
}

std::string pandoc_plain(const std::filesystem::path& document) {
  return run({"pandoc", "--wrap=none", "-t", "plain", document.string()}).output;
}

std::string squash(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace cp::test
