"""Paper and PDF: the printed week, the therapist summary, page sizes, and writing PDFs safely
(also without a window).
"""
