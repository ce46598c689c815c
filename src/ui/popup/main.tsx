import { render } from 'preact';
import '../components/theme.css';
import './popup.css';
import '../components/touch.css';
import { followStoredState } from '../../toolbar/follow';
import { setPageLanguage } from '../page-language';
import { Popup } from './Popup';

setPageLanguage();
const app = document.getElementById('app');
// Whatever this page writes (a quiet time, an import, a ritual done), the toolbar button
// follows; it starts once the first view is on screen, whose reads come first.
if (app) render(<Popup onShown={followStoredState} />, app);
