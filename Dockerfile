# The trigger-point body map, ready for one container per replica.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt

# Run as an unprivileged user; the app only reads its files.
RUN useradd --create-home --uid 10001 triggermap
COPY --chown=root:root . .
USER triggermap

EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status == 200 else 1)"

# ui/serve.py: `streamlit run app.py`, with the atlas loading while the server starts.
CMD ["python", "-m", "ui.serve", \
     "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
