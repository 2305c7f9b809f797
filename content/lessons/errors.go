package lessons

import "fmt"

// pathPrefix makes error paths relative to the repository root, which is
// where an editor opens the file from.
const pathPrefix = "content/lessons/"

// FileError is one problem in one content file. Line is 0 when the problem
// concerns the file as a whole (a missing translation, say).
type FileError struct {
	Path string // relative to content/lessons, e.g. "zh/05-passwords.quiz.md"
	Line int
	Msg  string
}

func (e *FileError) Error() string {
	if e.Line <= 0 {
		return fmt.Sprintf("%s%s: %s", pathPrefix, e.Path, e.Msg)
	}
	return fmt.Sprintf("%s%s:%d: %s", pathPrefix, e.Path, e.Line, e.Msg)
}

// where formats a place in another file, for messages that compare two.
func where(path string, line int) string {
	if line <= 0 {
		return pathPrefix + path
	}
	return fmt.Sprintf("%s%s:%d", pathPrefix, path, line)
}

type errList []error

func (l *errList) add(path string, line int, format string, args ...any) {
	*l = append(*l, &FileError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)})
}
