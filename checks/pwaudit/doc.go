// Package pwaudit audits a password manager's CSV export: which entries
// have weak passwords, which share a password, and which passwords have
// been seen in breaches.
//
//	rep, err := pwaudit.Audit(file, scoreFn, local.CountPassword) // breached may be nil
//
// The layout is detected from the header: Bitwarden, KeePassXC, Chrome,
// Firefox, 1Password (current and older headers), or any CSV whose header
// names a password column. The file is streamed with encoding/csv, so
// quoted multi-line notes, CRLF and a UTF-8 byte-order mark are handled and
// a huge export is read record by record; one record much over MaxRecordBytes
// is refused. Rows with an empty password (notes, cards) are skipped.
//
// Privacy: passwords exist only in memory during Audit. They are scored,
// compared for reuse (as map keys, never hashed to disk) and handed to the
// breached function, then dropped. The Report holds names, URLs, user
// names, verdicts and line numbers, and no password or hash of one, so
// it can be printed or marshalled to JSON as it is. Errors carry line
// numbers, never cell contents.
//
// Errors are *Error; errors.Is tells their kind (ErrNoPasswordColumn, …)
// and Message gives a checks.Message with keys in breach.json.
package pwaudit
