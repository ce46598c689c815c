import { render } from 'preact';
import '../components/theme.css';
import './options.css';
import '../components/touch.css';
import { followStoredState } from '../../toolbar/follow';
import { setPageLanguage } from '../page-language';
import { Options } from './Options';

setPageLanguage();
// Whatever this page writes (a quiet time, an import, a ritual done), the toolbar button follows.
followStoredState();
const app = document.getElementById('app');
if (app) render(<Options />, app);
