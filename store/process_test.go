package store

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The test binary doubles as the writer process of the multi-process and
// crash tests: with FOOTPRINT_TEST_WRITER set it writes and reports.
func TestMain(m *testing.M) {
	if path := os.Getenv("FOOTPRINT_TEST_WRITER"); path != "" {
		os.Exit(writer(path, os.Getenv("FOOTPRINT_TEST_PREFIX"), os.Getenv("FOOTPRINT_TEST_COUNT")))
	}
	os.Exit(m.Run())
}

// writer commits settings prefix-0, prefix-1, … one transaction each and
// prints each key after its commit returned: a key it printed is a write
// the user was told had been saved.
func writer(path, prefix, count string) int {
	n, _ := strconv.Atoi(count) // 0: until killed
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; n == 0 || i < n; i++ {
		key := fmt.Sprintf("%s-%d", prefix, i)
		err := db.Tx(ctx, func(h Handle) error {
			if err := (Settings{}).Set(ctx, h, key, strings.Repeat("x", 200)); err != nil {
				return err
			}
			return (Profiles{}).SetField(ctx, h, FieldDisplayName, key)
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Fprintln(out, key)
		out.Flush()
	}
	db.Close()
	return 0
}

func startWriter(t *testing.T, path, prefix string, count int) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "FOOTPRINT_TEST_WRITER="+path, "FOOTPRINT_TEST_PREFIX="+prefix,
		"FOOTPRINT_TEST_COUNT="+strconv.Itoa(count))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(stdout)
}

func integrityOK(t *testing.T, db *DB) {
	t.Helper()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check = %q, %v", res, err)
	}
}

func keysPresent(t *testing.T, db *DB, keys []string) {
	t.Helper()
	for _, k := range keys {
		if _, err := (Settings{}).Get(context.Background(), db, k); err != nil {
			t.Fatalf("write %s was reported committed but is missing: %v", k, err)
		}
	}
}

// Two footprint processes writing to one database at once: neither fails
// on a lock, and every write of both is there afterwards.
func TestTwoProcessesShareOneDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "footprint.db")
	const each = 150
	a, outA := startWriter(t, path, "a", each)
	b, outB := startWriter(t, path, "b", each)
	var keys []string
	done := make(chan []string, 2)
	for _, s := range []*bufio.Scanner{outA, outB} {
		go func(s *bufio.Scanner) {
			var ks []string
			for s.Scan() {
				ks = append(ks, s.Text())
			}
			done <- ks
		}(s)
	}
	keys = append(keys, <-done...)
	keys = append(keys, <-done...)
	if err := a.Wait(); err != nil {
		t.Fatalf("writer a: %v", err)
	}
	if err := b.Wait(); err != nil {
		t.Fatalf("writer b: %v", err)
	}
	if len(keys) != 2*each {
		t.Fatalf("%d writes reported, want %d", len(keys), 2*each)
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	integrityOK(t, db)
	keysPresent(t, db, keys)
}

// A writer killed with SIGKILL at random moments never leaves a damaged
// database, and never loses a write it had reported as committed.
func TestCrashMidWrite(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	path := filepath.Join(t.TempDir(), "footprint.db")
	rounds := 200
	if s := os.Getenv("FOOTPRINT_CRASH_ROUNDS"); s != "" {
		rounds, _ = strconv.Atoi(s)
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var committed []string
	for round := 0; round < rounds; round++ {
		cmd, out := startWriter(t, path, fmt.Sprintf("r%d", round), 0)
		lines := make(chan string, 1024)
		go func() {
			for out.Scan() {
				lines <- out.Text()
			}
			close(lines)
		}()
		// Wait for the first commit (so the kill lands mid-stream, not during
		// start-up only), then kill after a random 0–15 ms.
		first, ok := <-lines
		if !ok {
			cmd.Wait()
			t.Fatalf("round %d: the writer stopped before its first commit", round)
		}
		committed = append(committed, first)
		time.Sleep(time.Duration(rng.IntN(15000)) * time.Microsecond)
		cmd.Process.Signal(syscall.SIGKILL)
		for l := range lines {
			committed = append(committed, l)
		}
		cmd.Wait()
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open after %d kills: %v", rounds, err)
	}
	defer db.Close()
	integrityOK(t, db)
	keysPresent(t, db, committed)
	t.Logf("%d kills, %d committed writes all present", rounds, len(committed))
}
