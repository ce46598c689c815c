import { render } from 'preact';
import '../components/theme.css';
import './card.css';
import { setPageLanguage } from '../page-language';
import { readNudgeId } from './frame';
import { NudgeCard } from './NudgeCard';

setPageLanguage();
const app = document.getElementById('app');
if (app) render(<NudgeCard nudgeId={readNudgeId(location.search)} />, app);
