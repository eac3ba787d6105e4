import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDelimited, sniffDelimiter } from './delimited.ts';

const cells = (text: string) => parseDelimited(text).rows.map((r) => r.cells);

describe('parseDelimited', () => {
  it('reads quoted cells, escaped quotes, CRLF and multi-line cells, with the line each row starts on', () => {
    const r = parseDelimited('名称,经度,纬度\r\n"甲,乙",114.05,22.54\r\n"说""明""\n第二行",114.1,22.6\r\n\r\n丙,114.2,22.7');
    expect(r.header?.cells).toEqual(['名称', '经度', '纬度']);
    expect(r.rows.map((x) => [x.cells, x.line])).toEqual([
      [['甲,乙', '114.05', '22.54'], 2],
      [['说"明"\n第二行', '114.1', '22.6'], 3],
      [['丙', '114.2', '22.7'], 6],
    ]);
    expect(r.total).toBe(3);
  });

  it('drops a row whose quote never closes and reads on from the next line', () => {
    const r = parseDelimited('name,lon,lat\n"broken,114,22.5\ngood,114.1,22.6\nalso good,114.2,22.7\n');
    expect(r.unclosedQuotes).toEqual([2]);
    expect(r.rows.map((x) => [x.cells[0], x.line])).toEqual([['good', 3], ['also good', 4]]);
    // papaparse, for comparison, loses every row after the stray quote
    expect(Papa.parse<string[]>('name,lon,lat\n"broken,114,22.5\ngood,114.1,22.6\n').data.length).toBeLessThan(3);
  });

  it('detects tab, semicolon and comma, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('a\tb\tc\n')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n')).toBe(';');
    expect(sniffDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(cells('a\tb\n1\t2\n')).toEqual([['1', '2']]);
  });

  it('keeps empty trailing cells and counts rows beyond the limit without keeping them', () => {
    expect(cells('a,b,c\n1,,\n')).toEqual([['1', '', '']]);
    const big = ['h', ...Array.from({ length: 10 }, (_, i) => String(i))].join('\n');
    const r = parseDelimited(big, { maxRows: 4 });
    expect([r.rows.length, r.total]).toEqual([4, 10]);
  });

  it('agrees with papaparse on well-formed random tables', () => {
    const pool = ['a', '', '"', ',', '\n', 'é', '甲', ' ', '\t'];
    for (let t = 0; t < 200; t++) {
      const rows = Array.from({ length: 1 + (t % 5) }, (_, r) => Array.from({ length: 3 }, (_, c) => Array.from({ length: (r + c + t) % 4 }, (_, k) => pool[(t * 7 + r * 3 + c + k) % pool.length]).join('')));
      const text = Papa.unparse([['x', 'y', 'z'], ...rows], { quotes: false, newline: '\n' });
      const ours = parseDelimited(text, { delimiter: ',' }).rows.map((x) => x.cells);
      const theirs = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false }).data.slice(1).filter((r) => !(r.length === 1 && r[0]!.trim() === ''));
      expect(ours).toEqual(theirs);
    }
  });
});
