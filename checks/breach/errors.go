package breach

import (
	"errors"
	"fmt"
	"time"

	"github.com/footprint-audit/footprint/checks"
)

// Kinds of failure. Test them with errors.Is; every *Error wraps one.
var (
	ErrNotHIBP         = errors.New("not a Pwned Passwords SHA-1 file")
	ErrNTLM            = errors.New("a Pwned Passwords NTLM file, not SHA-1")
	ErrPrefixFile      = errors.New("one per-prefix file, not the whole folder")
	ErrUnsorted        = errors.New("not sorted by hash")
	ErrEmpty           = errors.New("empty")
	ErrMalformed       = errors.New("damaged line")
	ErrPrefixMissing   = errors.New("folder is missing prefix files")
	ErrOpen            = errors.New("cannot read")
	ErrUnreachable     = errors.New("breach service unreachable")
	ErrTimeout         = errors.New("breach service timed out")
	ErrBadStatus       = errors.New("breach service answered with an error status")
	ErrMalformedAnswer = errors.New("breach service answer malformed")
	ErrCanceled        = errors.New("breach check canceled")
)

// Error is what every function of this package returns on failure. It
// carries no hash and no prefix, so it is safe to log.
type Error struct {
	Kind    error         // one of the Err* values above
	Path    string        // the file or folder, for offline checks
	Offset  int64         // byte offset of a damaged line, or -1
	Status  int           // HTTP status, for ErrBadStatus
	Timeout time.Duration // the limit that ran out, for ErrTimeout
	Err     error         // the underlying cause, if any
}

func (e *Error) Error() string {
	s := "breach: "
	if e.Path != "" {
		s += e.Path + ": "
	}
	s += e.Kind.Error()
	switch {
	case e.Offset >= 0 && errors.Is(e.Kind, ErrMalformed):
		s += fmt.Sprintf(" near byte %d", e.Offset)
	case e.Status != 0:
		s += fmt.Sprintf(" (HTTP %d)", e.Status)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap lets errors.Is match both the kind and the cause.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

var messageKeys = map[error]string{
	ErrNotHIBP:         "breach.err.not_hibp",
	ErrNTLM:            "breach.err.ntlm",
	ErrPrefixFile:      "breach.err.prefix_file",
	ErrUnsorted:        "breach.err.unsorted",
	ErrEmpty:           "breach.err.empty",
	ErrMalformed:       "breach.err.malformed",
	ErrPrefixMissing:   "breach.err.prefix_missing",
	ErrOpen:            "breach.err.open",
	ErrUnreachable:     "breach.err.unreachable",
	ErrTimeout:         "breach.err.timeout",
	ErrBadStatus:       "breach.err.bad_status",
	ErrMalformedAnswer: "breach.err.malformed_answer",
	ErrCanceled:        "breach.err.canceled",
}

// Message is the user-facing text for e, to translate with i18n.T.
func (e *Error) Message() checks.Message {
	key, ok := messageKeys[e.Kind]
	if !ok {
		return checks.Msg("breach.err.other")
	}
	switch e.Kind {
	case ErrMalformed:
		return checks.Msg(key, e.Path, e.Offset)
	case ErrBadStatus:
		return checks.Msg(key, e.Status)
	case ErrTimeout:
		return checks.Msg(key, int(e.Timeout.Round(time.Second)/time.Second))
	case ErrUnreachable, ErrMalformedAnswer, ErrCanceled:
		return checks.Msg(key)
	}
	return checks.Msg(key, e.Path)
}

// MessageOf turns any error from this package into user-facing text; an
// error from elsewhere gets a generic message rather than raw Go text.
func MessageOf(err error) checks.Message {
	var e *Error
	if errors.As(err, &e) {
		return e.Message()
	}
	return checks.Msg("breach.err.other")
}

func fileErr(kind error, path string, cause error) *Error {
	return &Error{Kind: kind, Path: path, Offset: -1, Err: cause}
}

func malformedAt(path string, off int64) *Error {
	return &Error{Kind: ErrMalformed, Path: path, Offset: off}
}
