package main

import (
	"errors"
	"strings"
)

// Exit codes, documented in the README and in `footprint --help`.
const (
	exitOK      = 0
	exitError   = 1
	exitUsage   = 2
	exitAborted = 130
)

// exitError carries an exit code and a message that is already plain words
// for the user.
type codedError struct {
	code int
	msg  string
	err  error
}

func (e *codedError) Error() string {
	if e.msg != "" {
		return e.msg
	}
	if e.err != nil {
		return e.err.Error()
	}
	return "error"
}

func (e *codedError) Unwrap() error { return e.err }

func usageError(msg string) error           { return &codedError{code: exitUsage, msg: msg} }
func userError(msg string, err error) error { return &codedError{code: exitError, msg: msg, err: err} }

// errAborted is returned when the user pressed ctrl+c.
var errAborted = &codedError{code: exitAborted}

// codeOf maps an error to its exit code. Cobra's own argument and flag
// errors are usage errors.
func codeOf(err error) int {
	if err == nil {
		return exitOK
	}
	var ce *codedError
	if errors.As(err, &ce) {
		return ce.code
	}
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument",
		"invalid argument", "accepts ", "requires at least", "requires at most", "requires exactly", "bad flag syntax",
		"if any flags in the group"} {
		if strings.Contains(msg, p) {
			return exitUsage
		}
	}
	return exitError
}
