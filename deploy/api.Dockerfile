# The Seo API (src/WebApi) as a container image. Built from the repository root:
#   docker build -f deploy/api.Dockerfile -t seo-api .
# (deploy/docker-compose.yml does this). `docker run seo-api migrate` applies the migrations
# and exits; without arguments the API listens on port 8080.

# ---- build: restore, then publish src/WebApi
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so that the restore layer is reused until a dependency changes.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Domain/Seo.Domain.csproj src/Domain/
COPY src/Application/Seo.Application.csproj src/Application/
COPY src/Infrastructure/Seo.Infrastructure.csproj src/Infrastructure/
COPY src/Projections/Seo.Projections.csproj src/Projections/
COPY src/Worker/Seo.Worker.csproj src/Worker/
COPY src/WebApi/Seo.WebApi.csproj src/WebApi/
RUN dotnet restore src/WebApi/Seo.WebApi.csproj --runtime linux-x64
COPY src/ src/
# The contract's examples and problem codes are built into the API (src/WebApi/OpenApi/ExamplesTransformer, ErrorCodeCatalogue).
COPY contracts/examples.v1.json contracts/
COPY contracts/error-codes.v1.json contracts/
# For linux-x64, so the assemblies are published ReadyToRun (compiled ahead of time; see the project file).
RUN dotnet publish src/WebApi/Seo.WebApi.csproj --configuration Release --no-restore \
      --runtime linux-x64 --self-contained false --output /app /p:UseAppHost=false

# ---- runtime: ASP.NET Core only, as the image's non-root user
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Persistence:DataDirectory ("data", relative to /app): the generated JWT key when
# Auth__Jwt__SigningKey is not set. The compose file mounts a volume here.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "Seo.WebApi.dll"]
