package pwaudit

import (
	"errors"
	"fmt"

	"github.com/footprint-audit/footprint/checks"
)

// Kinds of failure; every *Error wraps one.
var (
	ErrEmpty            = errors.New("empty file")
	ErrNoPasswordColumn = errors.New("no password column in the header")
	ErrCSV              = errors.New("invalid CSV")
	ErrFieldCount       = errors.New("wrong number of fields")
	ErrTooLarge         = errors.New("record too large")
	ErrRead             = errors.New("read failed")
)

// Error is a failure to read the export. Line is 1-based, 0 when unknown.
type Error struct {
	Kind error
	Line int
	Err  error // the cause: a *csv.ParseError or an I/O error
}

func (e *Error) Error() string {
	s := "pwaudit: " + e.Kind.Error()
	if e.Line > 0 {
		s += fmt.Sprintf(" at line %d", e.Line)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// Message is the user-facing text for e, to translate with i18n.T.
func (e *Error) Message() checks.Message {
	switch e.Kind {
	case ErrEmpty:
		return checks.Msg("breach.audit.err.empty")
	case ErrNoPasswordColumn:
		return checks.Msg("breach.audit.err.no_password_column")
	case ErrCSV:
		return checks.Msg("breach.audit.err.csv", e.Line)
	case ErrFieldCount:
		return checks.Msg("breach.audit.err.field_count", e.Line)
	case ErrTooLarge:
		return checks.Msg("breach.audit.err.too_large", e.Line, MaxRecordBytes>>20)
	}
	return checks.Msg("breach.audit.err.read")
}
