import { render } from 'preact';
import '../components/theme.css';
import '../options/options.css';
import './privacy.css';
import { t } from '../../i18n';
import { setPageLanguage } from '../page-language';
import { PrivacyPolicy } from './PrivacyPolicy';

setPageLanguage();
document.title = t('privacyTitle');
const app = document.getElementById('app');
if (app) render(<PrivacyPolicy />, app);
