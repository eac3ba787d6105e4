/** The attribute form of a proposal: names, layer, tier, status, note — validated field by field. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LAYER_GEOMETRY, LIMITS, PROPOSAL_LAYERS, STATUSES, TIERS, validateProposalAttributes, type FieldError, type Proposal, type ProposalAttributes } from '../../io/proposal.ts';
import { scenarioActions, useScenarioStore } from '../../app/scenario-store.ts';
import { deleteProposal, updateAttributes } from '../../app/scenarios.ts';

export function ProposalForm() {
  const editingId = useScenarioStore((s) => s.editingId);
  const proposal = useScenarioStore((s) => s.active?.proposals.find((p) => p.properties.id === s.editingId));
  if (!editingId || !proposal) return null;
  // Keyed by id: opening another proposal starts a fresh form, edits to this one keep the draft.
  return <AttributeForm key={editingId} proposal={proposal} />;
}

function AttributeForm({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation(['scenario', 'common', 'io']);
  const editingId = proposal.properties.id;
  const [draft, setDraft] = useState<ProposalAttributes>(() => {
    const { name_zh, name_en, layer, tier, status, note } = proposal.properties;
    return { name_zh, name_en, layer, tier, status, note };
  });
  const [errors, setErrors] = useState<FieldError[]>([]);

  const close = scenarioActions.closeEditor;
  const save = () => {
    const r = validateProposalAttributes(draft, proposal.geometry.type);
    if (!r.ok) return setErrors(r.errors);
    updateAttributes(editingId, r.value);
    close();
  };
  const err = (field: string) =>
    errors.filter((e) => e.field === field).map((e) => (
      <div key={e.code} role="alert" className="field-error" data-testid={`form-error-${field}`}>
        {t(`io:${e.code}`, e.params)}
      </div>
    ));
  const layers = PROPOSAL_LAYERS.filter((l) => LAYER_GEOMETRY[l] === proposal.geometry.type);
  const field = <K extends keyof ProposalAttributes>(k: K, v: ProposalAttributes[K]) => setDraft({ ...draft, [k]: v });

  return (
    <aside className="proposal-form" role="dialog" aria-labelledby="proposal-form-title" data-testid="proposal-form">
      <h2 id="proposal-form-title">{t('form.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('form.name_zh')}
          <input value={draft.name_zh} maxLength={LIMITS.name_zh + 20} onChange={(e) => field('name_zh', e.target.value)} data-testid="form-name-zh" />
        </label>
        {err('name_zh')}
        <label>
          {t('form.name_en')}
          <input value={draft.name_en} maxLength={LIMITS.name_en + 20} onChange={(e) => field('name_en', e.target.value)} data-testid="form-name-en" />
        </label>
        {err('name_en')}
        <label>
          {t('form.layer')}
          <select value={draft.layer} onChange={(e) => field('layer', e.target.value as ProposalAttributes['layer'])} data-testid="form-layer">
            {layers.map((l) => (
              <option key={l} value={l}>{t(`layers.${l}`)}</option>
            ))}
          </select>
        </label>
        {err('layer')}
        <label>
          {t('form.tier')}
          <select value={draft.tier} onChange={(e) => field('tier', e.target.value as ProposalAttributes['tier'])} data-testid="form-tier">
            {TIERS.map((x) => (
              <option key={x} value={x}>{t(`common:tier.${x}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('form.status')}
          <select value={draft.status} onChange={(e) => field('status', e.target.value as ProposalAttributes['status'])} data-testid="form-status">
            {STATUSES.map((x) => (
              <option key={x} value={x}>{t(`common:status.${x}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('form.note')}
          <textarea value={draft.note} rows={3} onChange={(e) => field('note', e.target.value)} data-testid="form-note" />
        </label>
        {err('note')}
        <div className="form-buttons">
          <button type="submit" data-testid="form-save">{t('form.save')}</button>
          <button type="button" onClick={close}>{t('form.cancel')}</button>
          <button
            type="button"
            className="danger"
            onClick={() => {
              deleteProposal(editingId);
              close();
            }}
            data-testid="form-delete"
          >
            {t('form.delete')}
          </button>
        </div>
      </form>
    </aside>
  );
}
