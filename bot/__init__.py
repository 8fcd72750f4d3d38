"""grokwatch: follows news coverage of how X and Grok are regulated and brings it to Discord."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/grokwatch/grokwatch"
USER_AGENT = f"grokwatch/{__version__} (+{PROJECT_URL}; news monitoring bot)"
