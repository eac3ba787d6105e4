import { describe, expect, it } from 'vitest';
import { statusProblems, type StatusClaim } from './status-rule.ts';

const claim = (c: Partial<StatusClaim>): StatusClaim => ({ id: 'x', status: 'build', status_verb: '建设', site_exists: false, plan_quote: '推进葵涌中心商业区建设', ...c });

describe('the status rule', () => {
  it('accepts a status the verb allows', () => {
    expect(statusProblems(claim({}))).toEqual([]);
    expect(statusProblems(claim({ status: 'study', status_verb: '研究', plan_quote: '研究推动深圳科技博览中心场馆等的规划建设' }))).toEqual([]);
    expect(statusProblems(claim({ status: 'upgrade', status_verb: '重建', site_exists: true, plan_quote: '积极推动皇岗、沙头角等口岸重建' }))).toEqual([]);
  });
  it('refuses a status the verb does not allow', () => {
    expect(statusProblems(claim({ status: 'build', status_verb: '研究', plan_quote: '研究推动…的规划建设' }))).toHaveLength(1);
    expect(statusProblems(claim({ status: 'explore', status_verb: '发挥', site_exists: true, plan_quote: '发挥水贝-布心黄金珠宝产业集聚优势' }))[0]).toContain('means existing');
  });
  it('decides 建设/打造 by whether the site exists: upgrade on an existing one, build on a new one', () => {
    expect(statusProblems(claim({ status: 'build', status_verb: '打造', site_exists: true, plan_quote: '打造水贝时尚商业街' }))[0]).toContain('means upgrade');
    expect(statusProblems(claim({ status: 'upgrade', status_verb: '打造', site_exists: false, plan_quote: '打造水贝时尚商业街' })).length).toBeGreaterThan(0);
  });
  it('refuses a rebuilt crossing drawn as a new site', () => {
    expect(statusProblems(claim({ status: 'build', status_verb: '重建', site_exists: true, plan_quote: '积极推动皇岗、沙头角等口岸重建' })).length).toBeGreaterThan(0);
  });
  it('needs the verb to be in the quote and in the rule', () => {
    expect(statusProblems(claim({ status_verb: '改造' }))[0]).toContain('not in its quote');
    expect(statusProblems(claim({ status_verb: '葵涌' }))[0]).toContain('not a verb');
  });
});
