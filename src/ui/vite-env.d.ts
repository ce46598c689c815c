/// <reference types="vite/client" />
// Lets the pages import their stylesheets; Vite bundles them.
