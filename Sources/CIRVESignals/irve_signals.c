#include "irve_signals.h"

#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { SLOTS = 64, PATH_BYTES = 4096 };

static char paths[SLOTS][PATH_BYTES];
static volatile sig_atomic_t used[SLOTS];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static int installed = 0;
static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };

/* The handlers found at install time: a server's own (graceful stop) still runs after ours. */
static struct sigaction previous[sizeof signals / sizeof signals[0]];

static volatile sig_atomic_t committing = 0;
static volatile sig_atomic_t pending = 0;

static void on_signal(int sig) {
    /* Outputs being renamed into place: finish them all first (both or neither), die after. */
    if (committing) { pending = sig; return; }
    for (int i = 0; i < SLOTS; i++) {
        if (used[i]) unlink(paths[i]);
    }
    /* A handler was there before ours (irve serve's graceful stop, which deletes the sessions'
       files): it decides what happens next. */
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        if (signals[i] != sig) continue;
        if (previous[i].sa_flags & SA_SIGINFO) {
            siginfo_t info;
            memset(&info, 0, sizeof info);
            info.si_signo = sig;
            previous[i].sa_sigaction(sig, &info, 0);
            return;
        }
        void (*h)(int) = previous[i].sa_handler;
        if (h != SIG_DFL && h != SIG_IGN) { h(sig); return; }
    }
    /* Then die of the same signal, so the caller sees the usual status (130 for ^C). */
    struct sigaction dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(sig, &dfl, 0);
    raise(sig);
}

static void install(void) {
    if (installed) return;
    installed = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaddset(&sa.sa_mask, signals[i]);
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction old;
        /* A signal the parent set to "ignore" (nohup) stays ignored. */
        if (sigaction(signals[i], 0, &old) == 0 && old.sa_handler == SIG_IGN) continue;
        sigaction(signals[i], &sa, &previous[i]);
    }
}

int irve_cleanup_register(const char *path) {
    size_t n = strlen(path);
    if (n >= PATH_BYTES) return -1;
    pthread_mutex_lock(&lock);
    install();
    int slot = -1;
    for (int i = 0; i < SLOTS; i++) {
        if (!used[i]) {
            memcpy(paths[i], path, n + 1);
            used[i] = 1; /* set after the copy: the handler never sees half a path */
            slot = i;
            break;
        }
    }
    pthread_mutex_unlock(&lock);
    return slot;
}

void irve_cleanup_unregister(int slot) {
    if (slot < 0 || slot >= SLOTS) return;
    pthread_mutex_lock(&lock);
    used[slot] = 0;
    pthread_mutex_unlock(&lock);
}

void irve_cleanup_unregister_path(const char *path) {
    pthread_mutex_lock(&lock);
    for (int i = 0; i < SLOTS; i++) {
        if (used[i] && strcmp(paths[i], path) == 0) { used[i] = 0; break; }
    }
    pthread_mutex_unlock(&lock);
}

void irve_commit_begin(void) { committing = 1; }

void irve_commit_end(void) {
    committing = 0;
    int sig = pending;
    if (sig) on_signal(sig);
}
