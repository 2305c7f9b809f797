// Scores footprint's corpus with the reference zxcvbn 4.4.2: reads JSON lines
// {"cat","pw"} on stdin, writes {"score","log10"} per line in the same order.
'use strict';
const zxcvbn = require('zxcvbn');
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on('line', (line) => {
  if (!line) return;
  const { pw } = JSON.parse(line);
  const r = zxcvbn(pw);
  out.push(JSON.stringify({ score: r.score, log10: r.guesses_log10 }));
});
rl.on('close', () => process.stdout.write(out.join('\n') + '\n'));
