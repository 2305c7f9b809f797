package main

import (
	"fmt"
	"io"

	"github.com/footprint-audit/footprint"
)

func printLicenses(w io.Writer) error {
	_, err := fmt.Fprintf(w, "footprint\n=========\n\n%s\n\n%s", footprint.License, footprint.ThirdPartyNotices)
	return err
}
