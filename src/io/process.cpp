#include "mentor/io/process.hpp"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace mentor {

namespace {

std::vector<char*> c_args(const std::vector<std::string>& argv) {
    std::vector<char*> out;
    for (const std::string& a : argv) out.push_back(const_cast<char*>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

int wait_for(pid_t pid) {
    int st = 0;
    while (::waitpid(pid, &st, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    if (WIFSIGNALED(st)) return 128 + WTERMSIG(st);
    return -1;
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input) {
    ProcessResult r;
    if (argv.empty()) {
        r.error = "no command given";
        return r;
    }
    int in[2], out[2], err[2];
    if (::pipe2(in, O_CLOEXEC) != 0) {
        r.error = std::strerror(errno);
        return r;
    }
    if (::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        r.error = std::strerror(errno);
        ::close(in[0]);
        ::close(in[1]);
        return r;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    std::vector<char*> args = c_args(argv);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        r.error = std::strerror(rc);
        ::close(in[1]);
        ::close(out[0]);
        ::close(err[0]);
        return r;
    }
    // A child that exits without reading its input must not kill us with SIGPIPE.
    struct sigaction ignore{}, old{};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old);

    std::size_t written = 0;
    int in_fd = in[1];
    if (input.empty()) {
        ::close(in_fd);
        in_fd = -1;
    }
    int open_outputs = 2;
    char buf[1 << 16];
    pollfd fds[3];
    while (open_outputs > 0 || in_fd >= 0) {
        nfds_t n = 0;
        fds[n++] = {out[0], POLLIN, 0};
        fds[n++] = {err[0], POLLIN, 0};
        if (in_fd >= 0) fds[n++] = {in_fd, POLLOUT, 0};
        if (::poll(fds, n, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (nfds_t i = 0; i < n; ++i) {
            if (fds[i].revents == 0 || fds[i].fd < 0) continue;
            if (fds[i].fd == in_fd) {
                const ssize_t w = ::write(in_fd, input.data() + written, input.size() - written);
                if (w > 0) written += static_cast<std::size_t>(w);
                if (w < 0 && errno != EINTR && errno != EAGAIN) written = input.size();
                if (written >= input.size()) {
                    ::close(in_fd);
                    in_fd = -1;
                }
                continue;
            }
            const ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
            if (got > 0) {
                (fds[i].fd == out[0] ? r.out : r.err).append(buf, static_cast<std::size_t>(got));
            } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                if (fds[i].fd == out[0]) out[0] = -1;
                else err[0] = -1;
                ::close(fds[i].fd);
                --open_outputs;
            }
        }
        // Closed descriptors drop out of the next poll.
        if (out[0] < 0 && err[0] < 0 && in_fd < 0) break;
        if (out[0] < 0) out[0] = -1;
    }
    if (in_fd >= 0) ::close(in_fd);
    if (out[0] >= 0) ::close(out[0]);
    if (err[0] >= 0) ::close(err[0]);
    r.status = wait_for(pid);
    ::sigaction(SIGPIPE, &old, nullptr);
    return r;
}

int run_attached(const std::vector<std::string>& argv) {
    if (argv.empty()) return -1;
    std::vector<char*> args = c_args(argv);
    pid_t pid = 0;
    if (::posix_spawnp(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0) return -1;
    return wait_for(pid);
}

int run_with_input(const std::vector<std::string>& argv, std::string_view input) {
    if (argv.empty()) return -1;
    int in[2];
    if (::pipe2(in, O_CLOEXEC) != 0) return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    std::vector<char*> args = c_args(argv);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(in[0]);
    if (rc != 0) {
        ::close(in[1]);
        return -1;
    }
    // A pager the user quits early closes its input: that is not an error, and must not kill us.
    struct sigaction ignore{}, old{};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGPIPE, &ignore, &old);
    std::size_t written = 0;
    while (written < input.size()) {
        const ssize_t w = ::write(in[1], input.data() + written, input.size() - written);
        if (w > 0) written += static_cast<std::size_t>(w);
        else if (w < 0 && errno != EINTR) break;
    }
    ::close(in[1]);
    const int status = wait_for(pid);
    ::sigaction(SIGPIPE, &old, nullptr);
    return status;
}

std::optional<std::vector<std::string>> split_words(std::string_view command) {
    std::vector<std::string> argv;
    std::string word;
    bool in_word = false;
    char quote = 0;
    for (std::size_t i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (quote) {
            if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote == '"' && i + 1 < command.size()) {
                word += command[++i];
            } else {
                word += c;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\' && i + 1 < command.size()) {
            word += command[++i];
            in_word = true;
        } else if (c == ' ' || c == '\t') {
            if (in_word) argv.push_back(word);
            word.clear();
            in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (quote) return std::nullopt;
    if (in_word) argv.push_back(word);
    return argv;
}

}  // namespace mentor
