import { t } from '../../src/i18n';
import { getSettings } from '../../src/db/settings';

it('reads words from the English locale', () => {
  expect(t('extName')).toBe('Small Hellos');
});

it('starts with default settings', async () => {
  expect((await getSettings()).dailyCap).toBe(2);
});
