// Package breach answers one question about a password: how many times has
// it been seen in known breaches? It asks Have I Been Pwned's Pwned
// Passwords collection in one of two ways.
//
// Offline (the default and the only way that needs no consent): the user
// downloads the SHA-1 collection once, either as one file of "HASH:COUNT"
// lines sorted by hash (about 40 GB) or as a folder of per-prefix files
// (00000.txt … FFFFF.txt, lines "SUFFIX:COUNT") as the official downloader
// writes them. OpenLocal detects which and looks a hash up by binary search
// over the file's bytes: O(log n) small reads, no index, nothing loaded into
// memory.
//
//	l, err := breach.OpenLocal(path)
//	defer l.Close()
//	n, err := l.Count(breach.Hash(pw)) // n == 0: not seen
//
// Online (opt-in only; the caller asks the user first): Client uses the
// k-anonymity range API. Only PrefixToSend(h), the first five hex characters
// of the SHA-1, leaves the machine; the answer is every suffix sharing that
// prefix, padded with decoys, and the match is made locally.
//
//	c := breach.Client{} // api.pwnedpasswords.com, 5 s timeout
//	n, err := c.Count(ctx, h)
//
// Privacy: the SHA-1 of a password is computed in memory (Hash) and lives
// only as long as the caller keeps it. This package never writes it, logs
// it or puts it, or any part of it, into an error: errors name the file or
// folder, a byte offset or an HTTP status, never a hash or prefix.
//
// Errors are *Error values. errors.Is tells their kind (ErrNotHIBP,
// ErrTimeout, …) and MessageOf gives a checks.Message whose key lives in
// content/i18n/locales/<lang>/breach.json, so a screen can say plainly
// what went wrong in the user's language.
package breach
