/**
 * A numeric parameter typed as text: what the planner typed stays visible, and anything that is not a
 * valid number in range is refused with a message under the field (the last valid value stays in force).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamError } from '../../analysis/params.ts';

interface Props {
  label: string;
  unit?: string;
  value: number;
  field: string;
  errors: ParamError[];
  onCommit: (value: number) => void;
  testId: string;
  presets?: number[];
}

export const parseNumber = (s: string): number => (s.trim() === '' ? Number.NaN : Number(s.replace(/[，,]/g, '.').replace(/\s/g, '')));

export function NumberField({ label, unit, value, field, errors, onCommit, testId, presets }: Props) {
  const { t } = useTranslation('analysis');
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  const id = useId();
  // The value changed elsewhere (a preset, undo): show it, unless the draft already says it ("4." while typing 4.8).
  if (value !== shown) {
    setShown(value);
    if (parseNumber(draft) !== value) setDraft(String(value));
  }
  const mine = errors.filter((e) => e.field === field);
  return (
    <div className="number-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft}
        aria-invalid={mine.length > 0}
        data-testid={testId}
        onChange={(e) => {
          setDraft(e.target.value);
          onCommit(parseNumber(e.target.value));
        }}
      />
      {unit && <span className="unit">{unit}</span>}
      {presets?.map((p) => (
        <button key={p} type="button" className="preset" aria-pressed={value === p} onClick={() => onCommit(p)}>
          {p}
        </button>
      ))}
      {mine.map((e) => (
        <div key={e.code} role="alert" className="field-error" data-testid={`${testId}-error`}>
          {t(e.code, e.params)}
        </div>
      ))}
    </div>
  );
}
