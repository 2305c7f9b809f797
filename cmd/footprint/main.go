// Command footprint is a terminal privacy self-audit assistant: password
// checks, an inventory of who holds your personal information, a plan, and
// lessons on your rights. Run it without arguments for the full-screen app.
//
// Exit codes: 0 ok, 1 error, 2 usage (including "no terminal"), 130 aborted.
package main

import (
	"context"
	"os"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
