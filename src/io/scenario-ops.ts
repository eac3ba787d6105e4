/**
 * Pure scenario operations: create, duplicate, rename, add imported proposals. Storage and the UI
 * both use these, so a name rule or an id rule lives in one place. They never mutate their input.
 */
import { newId } from './id.ts';
import type { Issue } from './issue.ts';
import { LIMITS, SCHEMA_VERSION, type Proposal, type Scenario } from './proposal.ts';

export type OpResult<T> = { ok: true; value: T } | { ok: false; error: Issue };

/** Trims and checks a scenario name: required, one line, at most 80 characters. */
export function checkScenarioName(name: unknown): OpResult<string> {
  if (typeof name !== 'string' || name.trim() === '') return { ok: false, error: { code: 'scenario.nameRequired', params: {} } };
  const n = name.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(n)) return { ok: false, error: { code: 'scenario.nameControlCharacters', params: {} } };
  if (n.length > LIMITS.scenarioName) return { ok: false, error: { code: 'scenario.nameTooLong', params: { limit: LIMITS.scenarioName } } };
  return { ok: true, value: n };
}

export function createScenario(name: string, now = new Date().toISOString(), id = newId('s')): OpResult<Scenario> {
  const n = checkScenarioName(name);
  if (!n.ok) return n;
  return { ok: true, value: { id, name: n.value, proposals: [], slides: [], created: now, updated: now, schemaVersion: SCHEMA_VERSION } };
}

export function renameScenario(s: Scenario, name: string, now = new Date().toISOString()): OpResult<Scenario> {
  const n = checkScenarioName(name);
  return n.ok ? { ok: true, value: { ...s, name: n.value, updated: now } } : n;
}

/** A copy under a new id; proposals keep their ids (ids are unique per scenario, not globally). */
export function duplicateScenario(s: Scenario, name: string, now = new Date().toISOString(), id = newId('s')): OpResult<Scenario> {
  const n = checkScenarioName(name);
  if (!n.ok) return n;
  return { ok: true, value: { ...structuredClone(s), id, name: n.value, created: now, updated: now } };
}

/** "方案" → "方案 (2)" if taken, so a duplicate or an import never shadows an existing name. */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim().slice(0, LIMITS.scenarioName - 6);
  if (!taken.includes(base)) return base;
  let i = 2;
  while (taken.includes(`${base} (${i})`)) i++;
  return `${base} (${i})`;
}

/**
 * Appends proposals (e.g. a confirmed import). Existing proposals are never replaced: an incoming
 * id that is already in the scenario gets a fresh one. Refuses to grow past the scenario limit.
 */
export function addProposals(s: Scenario, incoming: readonly Proposal[], now = new Date().toISOString(), makeId = () => newId('p')): OpResult<Scenario> {
  const total = s.proposals.length + incoming.length;
  if (total > LIMITS.proposalsPerScenario) {
    return { ok: false, error: { code: 'scenario.full', params: { count: total, limit: LIMITS.proposalsPerScenario } } };
  }
  const ids = new Set(s.proposals.map((p) => p.properties.id));
  const added = incoming.map((p) => {
    let id = p.properties.id;
    while (ids.has(id)) id = makeId();
    ids.add(id);
    return { ...p, properties: { ...p.properties, id } };
  });
  return { ok: true, value: { ...s, proposals: [...s.proposals, ...added], updated: now } };
}
