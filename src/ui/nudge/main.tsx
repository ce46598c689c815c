import { render } from 'preact';
import '../components/theme.css';
import './card.css';
import '../components/touch.css';
import { setPageLanguage } from '../page-language';
import { readCorner, readNudgeId } from './card-address';
import { NudgeCard } from './NudgeCard';

setPageLanguage();
const app = document.getElementById('app');
if (app) render(<NudgeCard nudgeId={readNudgeId(location.search)} corner={readCorner(location.search)} />, app);
