import { render } from 'preact';
import '../components/theme.css';
import '../options/options.css';
import './welcome.css';
import { setPageLanguage } from '../page-language';
import { Welcome } from './Welcome';

setPageLanguage();
const app = document.getElementById('app');
if (app) render(<Welcome />, app);
