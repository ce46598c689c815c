import { render } from 'preact';
import '../components/theme.css';
import './options.css';
import { setPageLanguage } from '../page-language';
import { Options } from './Options';

setPageLanguage();
const app = document.getElementById('app');
if (app) render(<Options />, app);
