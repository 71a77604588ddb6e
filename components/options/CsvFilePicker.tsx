import { useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';

/** A CSV file chosen with the file input (keyboard) or dropped onto the zone (mouse). */
export function CsvFilePicker({ onFile, disabled }: { onFile(file: File): void; disabled?: boolean }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  return (
    <div
      class={over ? 'drop-zone over' : 'drop-zone'}
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <label class="field">
        <span>{t('import.chooseFile')}</span>
        <input
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={disabled}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) onFile(file);
          }}
        />
      </label>
      <p class="muted">{t('import.dropHint')}</p>
    </div>
  );
}
