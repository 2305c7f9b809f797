package breach

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// rangeServer answers like the range API: the real suffixes under a prefix
// plus padding lines with count 0. It records what it was sent.
func rangeServer(t *testing.T, es []entry, padding []string) (*httptest.Server, *[]*http.Request) {
	t.Helper()
	var seen []*http.Request
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen = append(seen, r.Clone(context.Background()))
		prefix, ok := strings.CutPrefix(r.URL.Path, "/range/")
		if !ok || len(prefix) != 5 {
			http.NotFound(w, r)
			return
		}
		for _, e := range es {
			hx := upperHex(e.h)
			if string(hx[:5]) == prefix {
				fmt.Fprintf(w, "%s:%d\r\n", hx[5:], e.count)
			}
		}
		for _, p := range padding {
			fmt.Fprintf(w, "%s:0\r\n", p)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, &seen
}

func TestClientCountSendsOnlyThePrefix(t *testing.T) {
	h := Hash("correct horse battery staple")
	hx := upperHex(h)
	other := h
	other[19] ^= 1
	es := []entry{{h: h, count: 42}, {h: other, count: 7}}
	srv, seen := rangeServer(t, es, []string{"00000000000000000000000000000000000", "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"})
	c := Client{BaseURL: srv.URL + "/", HTTP: srv.Client()}
	n, err := c.Count(context.Background(), h)
	if err != nil || n != 42 {
		t.Fatalf("Count = %d, %v; want 42", n, err)
	}
	if len(*seen) != 1 {
		t.Fatalf("%d requests, want 1", len(*seen))
	}
	r := (*seen)[0]
	if r.Method != http.MethodGet || r.URL.Path != "/range/"+PrefixToSend(h) || r.URL.RawQuery != "" {
		t.Errorf("request %s %s", r.Method, r.URL)
	}
	if r.Header.Get("Add-Padding") != "true" {
		t.Error("no Add-Padding header")
	}
	for name, vals := range r.Header {
		for _, v := range vals {
			if strings.Contains(strings.ToUpper(v), string(hx[5:10])) {
				t.Errorf("header %s carries part of the hash beyond the prefix", name)
			}
		}
	}
}

func TestClientCountAbsentAndPadding(t *testing.T) {
	h := Hash("a password nobody uses 7f3a")
	hx := upperHex(h)
	// The exact suffix as a padding line (count 0) must not count as seen.
	srv, _ := rangeServer(t, nil, []string{string(hx[5:]), "1234567890ABCDEF1234567890ABCDEF123"})
	c := Client{BaseURL: srv.URL, HTTP: srv.Client()}
	n, err := c.Count(context.Background(), h)
	if err != nil || n != 0 {
		t.Fatalf("Count = %d, %v; want 0", n, err)
	}
}

func TestClientLowerCaseAnswer(t *testing.T) {
	h := Hash("x")
	hx := upperHex(h)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s:3\n", strings.ToLower(string(hx[5:])))
	}))
	defer srv.Close()
	c := Client{BaseURL: srv.URL, HTTP: srv.Client()}
	if n, err := c.Count(context.Background(), h); err != nil || n != 3 {
		t.Fatalf("Count = %d, %v; want 3", n, err)
	}
}

func TestClientErrors(t *testing.T) {
	h := Hash("hunter2")
	prefix := PrefixToSend(h)
	body := func(s string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, s) }
	}
	cases := []struct {
		name    string
		handler http.HandlerFunc
		want    error
	}{
		{"rate limited", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTooManyRequests) }, ErrBadStatus},
		{"server error", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusServiceUnavailable) }, ErrBadStatus},
		{"html page", body("<html><body>captive portal</body></html>"), ErrMalformedAnswer},
		{"empty", body(""), ErrMalformedAnswer},
		{"bad count", body("0018A45C4D1DEF81644B54AB7F969B88D65:x\r\n"), ErrMalformedAnswer},
		{"huge", body(strings.Repeat("0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n", maxAnswer/38+10)), ErrMalformedAnswer},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := httptest.NewServer(c.handler)
			defer srv.Close()
			cl := Client{BaseURL: srv.URL, HTTP: srv.Client()}
			_, err := cl.Count(context.Background(), h)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if strings.Contains(err.Error(), prefix) {
				t.Errorf("error %q carries the prefix", err)
			}
		})
	}
}

func TestClientTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	c := Client{BaseURL: srv.URL, HTTP: srv.Client(), Timeout: 50 * time.Millisecond}
	_, err := c.Count(context.Background(), Hash("slow"))
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
	if m := MessageOf(err); m.Key != "breach.err.timeout" || len(m.Args) != 1 {
		t.Errorf("message %+v", m)
	}
	if strings.Contains(err.Error(), PrefixToSend(Hash("slow"))) {
		t.Errorf("error %q carries the prefix", err)
	}
}

func TestClientUnreachableAndCanceled(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there now: connection refused on loopback
	c := Client{BaseURL: url, Timeout: 2 * time.Second}
	_, err := c.Count(context.Background(), Hash("offline"))
	if !errors.Is(err, ErrUnreachable) {
		t.Fatalf("err = %v, want ErrUnreachable", err)
	}
	if strings.Contains(err.Error(), PrefixToSend(Hash("offline"))) {
		t.Errorf("error %q carries the prefix", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	live := httptest.NewServer(http.NotFoundHandler())
	defer live.Close()
	c = Client{BaseURL: live.URL, HTTP: live.Client()}
	if _, err := c.Count(ctx, Hash("x")); !errors.Is(err, ErrCanceled) {
		t.Fatalf("canceled: err = %v, want ErrCanceled", err)
	}
}
