package pwaudit

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// FuzzReadCSV feeds arbitrary bytes to Audit: it must never panic, must
// fail only with an *Error, and a report it returns must be consistent.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"name,url,username,password\na,b,c,d\n",
		"\ufeffname,url,username,password\r\na,\"b\r\nc\",c,d\r\n",
		"folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n,,login,x,,,0,u,n,p,\n",
		`"Group","Title","Username","Password","URL","Notes"` + "\n" + `"g","t","u","p","l","n"` + "\n",
		"url,username,password,httpRealm\nu,n,p,\n",
		"Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\nt,w,u,p,,,,,\n",
		"password\n\"unterminated\n",
		"password\n\xff\xfe\x00\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := Audit(bytes.NewReader(data), lengthScore, func(pw string) (int64, error) {
			if len(pw)%3 == 0 {
				return 0, errors.New("no")
			}
			return int64(len(pw) % 2), nil
		})
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		n := len(rep.Entries)
		for _, list := range append([][]int{rep.Weak, rep.Breached}, rep.Reused...) {
			for _, i := range list {
				if i < 0 || i >= n {
					t.Fatalf("index %d out of %d entries", i, n)
				}
			}
		}
		for _, e := range rep.Entries {
			if e.Score < 0 || e.Score > 4 || e.ReuseGroup > len(rep.Reused) {
				t.Fatalf("bad entry %+v", e)
			}
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatal(err)
		}
	})
}
