import { render } from 'preact';
import '../components/theme.css';
import './popup.css';
import { setPageLanguage } from '../page-language';
import { Popup } from './Popup';

setPageLanguage();
const app = document.getElementById('app');
if (app) render(<Popup />, app);
