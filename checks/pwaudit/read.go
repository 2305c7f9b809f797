package pwaudit

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxRecordBytes bounds one CSV record (one entry with its notes). Real
// entries are a few kilobytes; a bigger one means the file is something else.
const MaxRecordBytes = 16 << 20

// displayMax bounds the name, URL and user name kept for display.
const displayMax = 200

// record is one row with a password, straight from the file.
type record struct {
	line                          int
	name, url, username, password string
}

// reader streams the records of an export.
type reader struct {
	csv     *csv.Reader
	budget  *budgetReader
	cols    columns
	dialect Dialect
	line    int // start line of the last record read, for errors
}

// errBudget ends a read that ran past MaxRecordBytes.
var errBudget = errors.New("record budget spent")

// budgetReader caps how much the csv reader may pull for one record. It
// is refilled before each record; the csv buffer's read-ahead is in the slack.
type budgetReader struct {
	r    io.Reader
	left int64
}

const budgetSlack = 64 << 10

func (b *budgetReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errBudget
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	return n, err
}

// skipBOM drops a UTF-8 byte-order mark, which Excel and some managers add.
func skipBOM(r io.Reader) io.Reader {
	var bom [3]byte
	n, err := io.ReadFull(r, bom[:])
	if n == 3 && bytes.Equal(bom[:], []byte("\ufeff")) {
		return r
	}
	if err != nil && n == 0 {
		return r
	}
	return io.MultiReader(bytes.NewReader(bom[:n]), r)
}

// newReader reads the header and detects the layout.
func newReader(r io.Reader) (*reader, error) {
	b := &budgetReader{r: skipBOM(r), left: MaxRecordBytes + budgetSlack}
	c := csv.NewReader(b)
	c.ReuseRecord = true
	rd := &reader{csv: c, budget: b}
	header, err := c.Read()
	if err == io.EOF {
		return nil, &Error{Kind: ErrEmpty}
	}
	if err != nil {
		return nil, rd.wrap(err)
	}
	rd.line = 1
	var ok bool
	if rd.dialect, rd.cols, ok = detect(header); !ok {
		return nil, &Error{Kind: ErrNoPasswordColumn, Line: 1}
	}
	// Every row must then have as many fields as the header.
	c.FieldsPerRecord = len(header)
	return rd, nil
}

func (rd *reader) wrap(err error) error {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, errBudget):
		return &Error{Kind: ErrTooLarge, Line: rd.line}
	case errors.As(err, &pe) && errors.Is(pe.Err, csv.ErrFieldCount):
		return &Error{Kind: ErrFieldCount, Line: pe.StartLine, Err: err}
	case errors.As(err, &pe):
		return &Error{Kind: ErrCSV, Line: pe.Line, Err: err}
	}
	return &Error{Kind: ErrRead, Line: rd.line, Err: err}
}

// next returns the next row that has a password, the number of rows
// skipped for having none, and io.EOF after the last.
func (rd *reader) next() (rec record, skipped int, err error) {
	for {
		rd.budget.left = MaxRecordBytes + budgetSlack
		fields, err := rd.csv.Read()
		if err == io.EOF {
			return record{}, skipped, io.EOF
		}
		if err != nil {
			return record{}, skipped, rd.wrap(err)
		}
		rd.line, _ = rd.csv.FieldPos(0)
		// Cloned for the same reason as field: only the password is kept.
		pw := fields[rd.cols.password]
		if pw == "" {
			skipped++
			continue
		}
		rec = record{
			line:     rd.line,
			name:     field(fields, rd.cols.name),
			url:      field(fields, rd.cols.url),
			username: field(fields, rd.cols.username),
			password: strings.Clone(pw),
		}
		if rec.name == "" {
			rec.name = hostOf(rec.url)
		}
		return rec, skipped, nil
	}
}

// field copies one cell. encoding/csv slices every field of a record out of
// one string, notes included, so keeping a slice would keep the whole row.
func field(fields []string, i int) string {
	if i < 0 {
		return ""
	}
	return strings.Clone(clean(fields[i]))
}

// clean makes a cell safe to print: valid UTF-8, no control characters (a
// crafted export could otherwise send escape codes to the terminal), and
// short enough for a report line.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r):
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > displayMax {
		s = string([]rune(s)[:displayMax-1]) + "…"
	}
	return s
}

// hostOf is the host of a URL, without "www.", or "" if it has none.
func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	if i := strings.IndexAny(raw, ", "); i >= 0 { // Bitwarden joins several URIs
		raw = raw[:i]
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}
