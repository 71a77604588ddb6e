import { useI18n } from './i18n-context';

/** A failed action's reason, announced at once; nothing when there is none. */
export function ErrorAlert({ message }: { message: string | undefined }) {
  const { t } = useI18n();
  if (!message) return null;
  return (
    <p role="alert" class="error">
      {t('error.generic', { message })}
    </p>
  );
}
