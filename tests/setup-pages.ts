import { configure } from '@testing-library/preact';

// On a busy machine a page can take longer than a second to answer: findBy and waitFor
// wait up to five (a test that passes still passes at once).
configure({ asyncUtilTimeout: 5000 });
