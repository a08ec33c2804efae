import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';

export interface DropzoneProps {
  /** Called with the first dropped or chosen file. */
  onFile: (file: File) => void;
  /** File types for the picker, e.g. ".csv,text/csv". */
  accept?: string;
  label: string;
  hint?: ReactNode;
  disabled?: boolean;
  testId?: string;
  compact?: boolean;
}

/** A drop target that is also a keyboard-reachable button opening the file picker. */
export function Dropzone({
  onFile,
  accept,
  label,
  hint,
  disabled,
  testId,
  compact,
}: DropzoneProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const hintId = useId();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };

  return (
    <div
      className={`dropzone${over ? ' dropzone--over' : ''}${compact ? ' dropzone--compact' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid={testId}
    >
      <button
        type="button"
        className="dropzone__button"
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      {hint && (
        <p id={hintId} className="dropzone__hint">
          {hint}
        </p>
      )}
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        data-testid={testId ? `${testId}-input` : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
