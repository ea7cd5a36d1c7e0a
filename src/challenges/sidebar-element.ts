// <dockside-sidebar-marks>: rendered once per page beside Starlight's sidebar; carries the totals
// and keeps the done marks in step with progress.
import { markSidebar } from './sidebar';

class DocksideSidebarMarks extends HTMLElement {
	private abort = new AbortController();

	connectedCallback() {
		this.abort = new AbortController();
		markSidebar(this.abort.signal, this);
	}

	disconnectedCallback() {
		this.abort.abort();
	}
}

if (!customElements.get('dockside-sidebar-marks')) customElements.define('dockside-sidebar-marks', DocksideSidebarMarks);
