package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// cnLine is a line of cn.txt.
type cnLine struct {
	cnID, id, category string
	regions            []string
	pinyin             string
	noteEn, noteZh     string
}

// globalLine is a line of global.txt.
type globalLine struct {
	id, name, nameZh, pinyin, category string
	domains, holds                     []string
	noteEn, noteZh                     string
}

// readTable splits a pipe-separated file into trimmed fields, skipping
// blank lines and # comments, and insists on the column count so a stray
// pipe cannot shift a fact into the wrong field.
func readTable(path string, cols int) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "|")
		if len(fields) != cols {
			return nil, fmt.Errorf("%s:%d: %d fields, want %d", path, n, len(fields), cols)
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, fields)
	}
	return rows, sc.Err()
}

func list(s string) []string {
	if s == "" || s == "-" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func readCN(path string) ([]cnLine, error) {
	rows, err := readTable(path, 7)
	if err != nil {
		return nil, err
	}
	out := make([]cnLine, 0, len(rows))
	for _, r := range rows {
		out = append(out, cnLine{cnID: r[0], id: r[1], category: r[2], regions: list(r[3]), pinyin: r[4], noteEn: r[5], noteZh: r[6]})
	}
	return out, nil
}

func readGlobal(path string) ([]globalLine, error) {
	rows, err := readTable(path, 9)
	if err != nil {
		return nil, err
	}
	out := make([]globalLine, 0, len(rows))
	for _, r := range rows {
		out = append(out, globalLine{id: r[0], name: r[1], nameZh: r[2], pinyin: r[3], category: r[4],
			domains: list(r[5]), holds: list(r[6]), noteEn: r[7], noteZh: r[8]})
	}
	return out, nil
}

// pinyinKeys turns "wei xin" into "weixin" and "wx".
func pinyinKeys(syllables string) (full, initials string) {
	for _, s := range strings.Fields(strings.ToLower(syllables)) {
		full += s
		initials += s[:1]
	}
	return full, initials
}
