/**
 * A GBK encoder for generated test, benchmark and e2e files (browsers and Node decode GBK with
 * TextDecoder but cannot encode it). The table is built once by decoding every two-byte GBK code.
 */
let table: Map<string, [number, number]> | undefined;

function build(): Map<string, [number, number]> {
  const m = new Map<string, [number, number]>();
  const dec = new TextDecoder('gbk');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !m.has(ch)) m.set(ch, [a, b]);
    }
  }
  return m;
}

export function encodeGbk(text: string): Uint8Array {
  table ??= build();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x80) out[n++] = c;
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`not in GBK: ${ch}`);
      out[n++] = pair[0];
      out[n++] = pair[1];
    }
  }
  return out.slice(0, n);
}
