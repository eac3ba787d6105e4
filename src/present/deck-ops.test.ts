import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../io/proposal.ts';
import { addSlide, deleteSlide, duplicateSlide, moveSlide, updateSlide } from './deck-ops.ts';
import { SLIDE, T1, scenarioWith } from './fixtures.ts';

const ids = (r: ReturnType<typeof addSlide>) => (r.ok ? r.value.slides.map((s) => s.id) : r.error.code);

describe('deck operations', () => {
  it('adds at the end or after a given slide, and stamps the scenario', () => {
    const s = scenarioWith(2);
    expect(ids(addSlide(s, { ...SLIDE, id: 'n' }, T1))).toEqual(['slide-1', 'slide-2', 'n']);
    const r = addSlide(s, { ...SLIDE, id: 'n' }, T1, 'slide-1');
    expect(ids(r)).toEqual(['slide-1', 'n', 'slide-2']);
    expect(r.ok && r.value.updated).toBe(T1);
    expect(r.ok && scenarioSchema.safeParse(r.value).success).toBe(true);
    expect(s.slides).toHaveLength(2); // input untouched
  });

  it('duplicates next to the original, moves with clamping, deletes', () => {
    const s = scenarioWith(3);
    expect(ids(duplicateSlide(s, 'slide-2', 'copy', T1))).toEqual(['slide-1', 'slide-2', 'copy', 'slide-3']);
    expect(ids(moveSlide(s, 'slide-3', -1, T1))).toEqual(['slide-1', 'slide-3', 'slide-2']);
    expect(ids(moveSlide(s, 'slide-1', -5, T1))).toEqual(['slide-1', 'slide-2', 'slide-3']);
    expect(ids(moveSlide(s, 'slide-1', 9, T1))).toEqual(['slide-2', 'slide-3', 'slide-1']);
    expect(ids(deleteSlide(s, 'slide-2', T1))).toEqual(['slide-1', 'slide-3']);
    expect(ids(deleteSlide(s, 'nope', T1))).toBe('deck.notFound');
  });

  it('updates title and notes, cleaning whitespace, and refuses what would not save', () => {
    const s = scenarioWith(1);
    const r = updateSlide(s, { ...s.slides[0]!, title: '  福田\t中心  ', notes: '第一行\r\n第二行' }, T1);
    expect(r.ok && [r.value.slides[0]!.title, r.value.slides[0]!.notes]).toEqual(['福田 中心', '第一行\n第二行']);
    expect(updateSlide(s, { ...s.slides[0]!, title: '长'.repeat(121) }, T1)).toMatchObject({ ok: false, error: { code: 'deck.titleTooLong' } });
    expect(updateSlide(s, { ...s.slides[0]!, notes: 'a\u0000b' }, T1)).toMatchObject({ ok: false, error: { code: 'deck.notesInvalid' } });
  });

  it('stops at the deck limit with a message', () => {
    expect(addSlide(scenarioWith(50), { ...SLIDE, id: 'n' }, T1)).toMatchObject({ ok: false, error: { code: 'deck.full', params: { limit: 50 } } });
  });
});
