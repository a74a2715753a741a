#ifndef IRVE_SIGNALS_H
#define IRVE_SIGNALS_H
/*
 * Temporary files removed when irve is interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT).
 * The handler only calls unlink(2), sigaction(2) and raise(3), which are async-signal-safe, on
 * paths copied beforehand into static slots: Swift code cannot run safely inside a handler.
 */

/* Registers a path (copied); returns its slot, or -1 when every slot is taken or the path is too long. */
int irve_cleanup_register(const char *path);
/* Forgets a slot (the file was renamed into place or removed). */
void irve_cleanup_unregister(int slot);
/* The same, by path (for code that keeps the path, not the slot). */
void irve_cleanup_unregister_path(const char *path);
/* Around the renames that put outputs in place: a signal meanwhile waits for irve_commit_end(),
 * so an interruption never leaves an output without its change log. */
void irve_commit_begin(void);
void irve_commit_end(void);

#endif
