import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { storageIsKept } from '../../../storage-kept';

/**
 * Says whether the browser keeps what Small Hellos stores when the disk runs short. When
 * it cannot say so (or the question fails), the person reads it plainly, with what to do.
 */
export function StorageStatus({ check = storageIsKept }: { check?: () => Promise<boolean> }) {
  const [kept, setKept] = useState<boolean>();
  useEffect(() => {
    let current = true;
    check().then(
      (answer) => current && setKept(answer),
      (error: unknown) => {
        console.error('Small Hellos could not tell whether its storage is kept', error);
        if (current) setKept(false);
      },
    );
    return () => {
      current = false;
    };
  }, [check]);
  if (kept === undefined) return null;
  return kept ? (
    <p class="muted">{t('storageKept')}</p>
  ) : (
    <p role="status" class="notice">
      {t('storageAtRisk')}
    </p>
  );
}
