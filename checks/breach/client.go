package breach

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// DefaultBaseURL is the Pwned Passwords range API.
const DefaultBaseURL = "https://api.pwnedpasswords.com"

// DefaultTimeout bounds one online check when Client.Timeout is zero.
const DefaultTimeout = 5 * time.Second

// maxAnswer bounds the answer read: a padded range answer is about 40 KB.
const maxAnswer = 2 << 20

// Client checks hashes online with the k-anonymity range API. Use it only
// after the user agreed to the one request; show them PrefixToSend first.
// The zero value is ready to use.
type Client struct {
	BaseURL string        // DefaultBaseURL when empty
	HTTP    *http.Client  // a plain client when nil
	Timeout time.Duration // DefaultTimeout when zero
}

// Count sends the first five hex characters of h, and nothing else of it,
// and returns how many times the whole hash was seen, 0 when never. The
// request asks for padding; the decoy lines (count 0) are ignored.
//
// Errors are *Error with kind ErrUnreachable (offline, DNS, refused),
// ErrTimeout, ErrBadStatus, ErrMalformedAnswer or ErrCanceled (ctx ended).
func (c *Client) Count(ctx context.Context, h [20]byte) (int64, error) {
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	base := c.BaseURL
	if base == "" {
		base = DefaultBaseURL
	}
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	hexed := upperHex(h)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		strings.TrimRight(base, "/")+"/range/"+string(hexed[:5]), nil)
	if err != nil {
		return 0, &Error{Kind: ErrUnreachable, Offset: -1, Err: errors.New("bad base URL")}
	}
	req.Header.Set("Add-Padding", "true")
	req.Header.Set("User-Agent", "footprint-privacy-audit")

	resp, err := hc.Do(req)
	if err != nil {
		return 0, netErr(ctx, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, &Error{Kind: ErrBadStatus, Offset: -1, Status: resp.StatusCode}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer+1))
	if err != nil {
		return 0, netErr(ctx, err, timeout)
	}
	if len(body) > maxAnswer {
		return 0, &Error{Kind: ErrMalformedAnswer, Offset: -1, Err: errors.New("answer too large")}
	}
	return matchRange(body, hexed[5:])
}

// matchRange finds suffix in a range answer. Every line must be well
// formed: a garbled answer says nothing reliable about absence either.
func matchRange(body, suffix []byte) (int64, error) {
	var (
		key   [fullKeyLen]byte
		found int64
		lines int
	)
	sc := bufio.NewScanner(bytes.NewReader(body))
	for sc.Scan() {
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		n, ok := parseLine(line, suffixKeyLen, &key)
		if !ok {
			return 0, &Error{Kind: ErrMalformedAnswer, Offset: -1}
		}
		lines++
		if n > 0 && bytes.Equal(key[:suffixKeyLen], suffix) {
			found = n
		}
	}
	if sc.Err() != nil || lines == 0 {
		return 0, &Error{Kind: ErrMalformedAnswer, Offset: -1}
	}
	return found, nil
}

// netErr sorts a transport failure into the kinds a screen explains. The
// *url.Error is unwrapped because its text carries the URL, which holds
// the prefix.
func netErr(ctx context.Context, err error, timeout time.Duration) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded),
		errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return &Error{Kind: ErrTimeout, Offset: -1, Timeout: timeout, Err: err}
	case errors.Is(err, context.Canceled):
		return &Error{Kind: ErrCanceled, Offset: -1, Err: err}
	}
	return &Error{Kind: ErrUnreachable, Offset: -1, Err: err}
}
