"""The intake wizard: applicant registration (P02–P05) and the application (P10–P16)."""
