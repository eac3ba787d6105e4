/** What a freshly drawn or adopted proposal starts as, before the planner edits its attributes. */
import type { TFunction } from 'i18next';
import { newId } from '../io/id.ts';
import type { Proposal, ProposalAttributes, ProposalGeometry } from '../io/proposal.ts';
import type { SiteSuggestion } from '../analysis/site-suggestion.ts';

export function defaultAttributes(geometry: ProposalGeometry, n: number, t: TFunction): ProposalAttributes {
  const kind = geometry.type === 'Point' ? 'point' : geometry.type === 'LineString' ? 'street' : 'zone';
  return {
    name_zh: t(`scenario:defaults.${kind}`, { lng: 'zh', n }),
    name_en: t(`scenario:defaults.${kind}`, { lng: 'en', n }),
    layer: geometry.type === 'Point' ? 'community_node' : geometry.type === 'LineString' ? 'featured_street' : 'zone',
    tier: geometry.type === 'LineString' ? 'street' : 'community',
    status: 'build',
    note: '',
  };
}

export function suggestionsToProposals(sites: SiteSuggestion[], t: TFunction, now = new Date().toISOString()): Proposal[] {
  return sites.map((s) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [Math.round(s.lon * 1e6) / 1e6, Math.round(s.lat * 1e6) / 1e6] },
    properties: {
      id: newId('p'),
      name_zh: t('scenario:defaults.suggested', { lng: 'zh', n: s.rank }),
      name_en: t('scenario:defaults.suggested', { lng: 'en', n: s.rank }),
      layer: 'community_node',
      tier: 'community',
      status: 'build',
      note: t('scenario:defaults.suggestedNote', { lng: 'zh', people: Math.round(s.gainPopulation) }),
      source: 'suggested',
      created: now,
      updated: now,
    },
  }));
}
