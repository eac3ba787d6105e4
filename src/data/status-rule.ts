/**
 * The status rule: a place's status follows the verb of the plan sentence quoted for it, and whether
 * the place exists today. Written down once here; the data test applies it to every place and zone.
 *
 *   existing  the plan uses the place as it is: 依托, 发挥…优势/效应, 以…为支点, 以…为核心, 联动, 互联, 串联,
 *             围绕, 支持…发展, 深化…建设, 巩固, 稳居, 打造了 (done), 离境退税口岸由…扩大到 (the two it starts from)
 *   upgrade   the plan changes a place that is there: 改造, 提升, 升级, 做大做强, 强化, 维修, 复原, 重建
 *   build     the plan makes something new: 规划建设, 落地建设, 培育, 构建
 *   either    建设, 打造, 推进, 推动, 形成 say "make": on a site that exists (site_exists) they mean upgrade, on a
 *             new one build. 打造东门高品位步行街 upgrades 东门; 打造水贝时尚商业街 upgrades 水贝, which is there.
 *   study     研究推动…规划建设: a study, not yet a decision to build
 *   explore   探索, 争取
 */
import type { Status } from './place-schema.ts';

export const VERB_STATUS: Record<string, Status[]> = {
  依托: ['existing'],
  发挥: ['existing'],
  为支点: ['existing'],
  为核心: ['existing'],
  联动: ['existing'],
  互联: ['existing'],
  串联: ['existing'],
  围绕: ['existing'],
  支持: ['existing'],
  深化: ['existing'],
  巩固: ['existing'],
  稳居: ['existing'],
  打造了: ['existing'],
  扩大到: ['existing'],
  改造: ['upgrade'],
  提升: ['upgrade'],
  升级: ['upgrade'],
  做大做强: ['upgrade'],
  强化: ['upgrade'],
  维修: ['upgrade'],
  复原: ['upgrade'],
  重建: ['upgrade'],
  规划建设: ['build'],
  落地建设: ['build'],
  培育: ['build'],
  构建: ['build'],
  建设: ['upgrade', 'build'],
  打造: ['upgrade', 'build'],
  推进: ['upgrade', 'build'],
  推动: ['upgrade', 'build'],
  形成: ['upgrade', 'build'],
  研究: ['study'],
  探索: ['explore'],
  争取: ['explore'],
};

export interface StatusClaim {
  id: string;
  status: Status;
  status_verb: string;
  site_exists: boolean;
  plan_quote: string;
}

/** Everything wrong with one place's status, as readable sentences (empty when it follows the rule). */
export function statusProblems(p: StatusClaim): string[] {
  const out: string[] = [];
  if (!p.plan_quote.includes(p.status_verb)) out.push(`${p.id}: status verb «${p.status_verb}» is not in its quote`);
  const allowed = VERB_STATUS[p.status_verb];
  if (!allowed) return [...out, `${p.id}: «${p.status_verb}» is not a verb of the status rule`];
  if (!allowed.includes(p.status)) out.push(`${p.id}: «${p.status_verb}» means ${allowed.join(' or ')}, not ${p.status}`);
  if (allowed.length > 1) {
    const want: Status = p.site_exists ? 'upgrade' : 'build';
    if (p.status !== want) out.push(`${p.id}: «${p.status_verb}» on a site that ${p.site_exists ? 'exists' : 'is new'} means ${want}, not ${p.status}`);
  }
  if ((p.status === 'existing' || p.status === 'upgrade') && !p.site_exists) out.push(`${p.id}: ${p.status} needs a site that exists`);
  if ((p.status === 'build' || p.status === 'study') && p.site_exists) out.push(`${p.id}: ${p.status} on a site that exists should be upgrade`);
  return out;
}
