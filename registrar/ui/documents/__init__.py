"""Document widgets: PDF preview and printing, batch issue, template editor, blank calibration."""
