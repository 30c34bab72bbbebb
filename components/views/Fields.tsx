'use client';
// The labelled controls the views and the playground's question forms share: a text field, a
// select, and the live verdict box an answer appears in.

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  size: number;
  /** Id of the help text that describes the field. */
  describedBy?: string;
}

export function TextField({ label, value, onChange, size, describedBy }: TextFieldProps) {
  return (
    <label className="view-field">
      {label}
      <input value={value} onChange={(e) => onChange(e.target.value)} size={size} aria-describedby={describedBy} />
    </label>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  onChange: (value: T) => void;
  /** How an option reads (default: itself). */
  optionText?: (option: T) => string;
  testId?: string;
}

export function SelectField<T extends string>({ label, value, options, onChange, optionText = (o) => o, testId }: SelectFieldProps<T>) {
  return (
    <label className="view-field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)} data-testid={testId}>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionText(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** An answer's verdict, announced when it arrives (empty until the first answer). */
export function VerdictAnswer({ answer, testId }: { answer: { allowed: boolean; text: string } | null; testId: string }) {
  return (
    <div aria-live="polite">
      {answer ? (
        <p className={`verdict-box ${answer.allowed ? 'allowed' : 'denied'}`} data-testid={testId}>
          {answer.text}
        </p>
      ) : null}
    </div>
  );
}
