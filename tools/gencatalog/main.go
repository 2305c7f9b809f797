// Command gencatalog rebuilds content/catalog/catalog.json and the
// THIRD_PARTY_NOTICES files from the open data in ../shared/data and the
// curated lists beside this file (cn.txt, global.txt).
//
//	go run ./tools/gencatalog [-data ../shared/data] [-root .] [-v]
//
// Run it from the repository root. It is not needed to build or test.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/footprint-audit/footprint/content/catalog"
)

func main() {
	data := flag.String("data", "../shared/data", "folder with justdeleteme/, 2fa-directory/ and cn-services/")
	root := flag.String("root", ".", "repository root")
	verbose := flag.Bool("v", false, "print how each service was matched")
	flag.Parse()
	if *verbose {
		logf = func(format string, args ...any) { fmt.Printf(format, args...) }
	}
	if err := run(*data, *root, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "gencatalog:", err)
		os.Exit(1)
	}
}

func run(data, root string, verbose bool) error {
	src, err := loadSources(data)
	if err != nil {
		return err
	}
	here := filepath.Join(root, "tools", "gencatalog")
	cn, err := readCN(filepath.Join(here, "cn.txt"))
	if err != nil {
		return err
	}
	global, err := readGlobal(filepath.Join(here, "global.txt"))
	if err != nil {
		return err
	}
	var entries []catalog.Entry
	for _, l := range cn {
		e, err := buildCN(src, l)
		if err != nil {
			return err
		}
		entries = append(entries, e)
	}
	for _, l := range global {
		entries = append(entries, buildGlobal(src, l))
	}
	slices.SortFunc(entries, func(a, b catalog.Entry) int { return cmpString(a.ID, b.ID) })
	if err := validate(entries); err != nil {
		return err
	}
	if verbose {
		report(entries)
	}
	// One service per line: compact in the binary, and a change to a
	// service is still a one-line diff.
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, e := range entries {
		var line bytes.Buffer
		enc := json.NewEncoder(&line)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(e); err != nil {
			return err
		}
		buf.Write(bytes.TrimRight(line.Bytes(), "\n"))
		if i < len(entries)-1 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
	}
	buf.WriteString("]\n")
	if err := os.WriteFile(filepath.Join(root, "content", "catalog", "catalog.json"), buf.Bytes(), 0o644); err != nil {
		return err
	}
	notices, err := buildNotices(data)
	if err != nil {
		return err
	}
	for _, p := range []string{filepath.Join(root, "THIRD_PARTY_NOTICES"), filepath.Join(root, "content", "catalog", "THIRD_PARTY_NOTICES")} {
		if err := os.WriteFile(p, []byte(notices), 0o644); err != nil {
			return err
		}
	}
	fmt.Printf("gencatalog: %d services (%d cn)\n", len(entries), countRegion(entries, "cn"))
	return nil
}

// logf prints matching decisions under -v.
var logf = func(string, ...any) {}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func countRegion(entries []catalog.Entry, r string) int {
	n := 0
	for _, e := range entries {
		if e.HasRegion(r) {
			n++
		}
	}
	return n
}

func report(entries []catalog.Entry) {
	for _, e := range entries {
		fmt.Printf("%-24s del=%-10s 2fa=%-24s url=%s unverified=%v\n", e.ID, e.Deletion.Difficulty, strings.Join(e.SecondFactors, ","), e.Deletion.URL, e.Unverified)
	}
}
